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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.10153471783) q[0];
ry(pi*-0.000504942597) q[1];
ry(pi*0.018511617433) q[2];
ry(pi*0.033131599406) q[3];
ry(pi*-0.026560570855) q[4];
ry(pi*0.000904044832) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.085492159235) q[0];
ry(pi*-0.030262915212) q[1];
ry(pi*-0.010090179171) q[2];
ry(pi*-0.003095522959) q[3];
ry(pi*0.004038782163) q[4];
ry(pi*0.001959357009) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.091436425438) q[0];
ry(pi*0.011746168022) q[1];
ry(pi*0.007675468954) q[2];
ry(pi*-0.017157736387) q[3];
ry(pi*-0.001608916871) q[4];
ry(pi*-0.005720740555) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.085751564128) q[0];
ry(pi*-0.018727139547) q[1];
ry(pi*-0.01991980797) q[2];
ry(pi*-0.004668128659) q[3];
ry(pi*0.001056521023) q[4];
ry(pi*0.003136635717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.094620782952) q[0];
ry(pi*0.038989636842) q[1];
ry(pi*0.028970558043) q[2];
ry(pi*0.035301434298) q[3];
ry(pi*0.013972162246) q[4];
ry(pi*-0.004092208234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
