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
rz(pi*-0.006681425634) q[0];
rz(pi*0.01555458071) q[1];
rz(pi*0.029389777505) q[2];
rz(pi*-0.008185755826) q[3];
rz(pi*0.019880943482) q[4];
rz(pi*0.002542055003) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.025947649126) q[0];
rz(pi*-0.007036249811) q[1];
rz(pi*0.012106126106) q[2];
rz(pi*-0.026808245847) q[3];
rz(pi*-0.002493738529) q[4];
rz(pi*-0.003691193717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.008990186099) q[0];
rz(pi*-0.004117014805) q[1];
rz(pi*0.024030656928) q[2];
rz(pi*0.000998128983) q[3];
rz(pi*-0.046493538797) q[4];
rz(pi*-0.001698072628) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.035770791616) q[0];
rz(pi*0.070097989549) q[1];
rz(pi*-0.01689153095) q[2];
rz(pi*-0.021506107546) q[3];
rz(pi*-0.004258706546) q[4];
rz(pi*-8.2127e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.021641776922) q[0];
rz(pi*-0.002381760335) q[1];
rz(pi*0.066854840233) q[2];
rz(pi*-0.027309014921) q[3];
rz(pi*-0.037313406442) q[4];
rz(pi*0.000691756534) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
