// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.026252861347) q[0];
rx(pi*0.093935601142) q[1];
rx(pi*0.062538435783) q[2];
rx(pi*-0.116854538061) q[3];
rx(pi*-0.098136025186) q[4];
rx(pi*0.006135856566) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.29043808502) q[0];
rx(pi*0.127296294105) q[1];
rx(pi*-0.21099226537) q[2];
rx(pi*-0.12712149818) q[3];
rx(pi*-0.10314602586) q[4];
rx(pi*-0.005300295572) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.067199631977) q[0];
rx(pi*0.037996093335) q[1];
rx(pi*0.014038319031) q[2];
rx(pi*-0.122928947826) q[3];
rx(pi*-0.104667213338) q[4];
rx(pi*-0.000175360049) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.211864082099) q[0];
rx(pi*0.12135802329) q[1];
rx(pi*-0.208054012853) q[2];
rx(pi*-0.131715862871) q[3];
rx(pi*-0.095890979951) q[4];
rx(pi*0.000663862148) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.096328557917) q[0];
rx(pi*0.119587334693) q[1];
rx(pi*0.057920521169) q[2];
rx(pi*-0.113136979932) q[3];
rx(pi*-0.093773924872) q[4];
rx(pi*-0.003395627953) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
