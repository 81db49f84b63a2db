// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.010342983919) q[0];
ry(pi*-0.055180623986) q[1];
ry(pi*-0.02205317724) q[2];
ry(pi*0.047632359004) q[3];
ry(pi*0.011943415821) q[4];
ry(pi*-0.015082622939) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.063043784404) q[0];
ry(pi*0.055297410734) q[1];
ry(pi*0.003822342836) q[2];
ry(pi*0.005298813326) q[3];
ry(pi*0.036030689801) q[4];
ry(pi*-0.013703833047) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001500855956) q[0];
ry(pi*-0.004057773587) q[1];
ry(pi*-0.01645070983) q[2];
ry(pi*-0.033483636368) q[3];
ry(pi*-0.015909716159) q[4];
ry(pi*-0.025585362137) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.049166405262) q[0];
ry(pi*0.030672736048) q[1];
ry(pi*0.050157404049) q[2];
ry(pi*0.029927389283) q[3];
ry(pi*0.001285717744) q[4];
ry(pi*0.028661639022) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.068715364791) q[0];
ry(pi*0.079492872064) q[1];
ry(pi*0.086172009703) q[2];
ry(pi*0.093590344565) q[3];
ry(pi*0.135589054449) q[4];
ry(pi*0.004941653722) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
