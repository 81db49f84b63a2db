// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.006095837705) q[0];
ry(pi*-0.036220296326) q[1];
ry(pi*-0.517020010525) q[2];
ry(pi*0.489649583191) q[3];
ry(pi*-0.068562344837) q[4];
ry(pi*-0.011216480923) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.275250096926) q[0];
ry(pi*0.057865163434) q[1];
ry(pi*0.00519181118) q[2];
ry(pi*-0.030449765946) q[3];
ry(pi*-0.074964001298) q[4];
ry(pi*0.502017462067) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.108293635873) q[0];
ry(pi*0.016821513211) q[1];
ry(pi*0.062233695509) q[2];
ry(pi*-0.038233174419) q[3];
ry(pi*-0.002530667204) q[4];
ry(pi*-0.003058936387) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011574622366) q[0];
ry(pi*0.058952069461) q[1];
ry(pi*-0.06226618634) q[2];
ry(pi*-0.327477859379) q[3];
ry(pi*-0.029341643644) q[4];
ry(pi*0.314582576063) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.214051184563) q[0];
ry(pi*-0.44781968333) q[1];
ry(pi*-0.000184363173) q[2];
ry(pi*-0.342617125457) q[3];
ry(pi*-0.367557333538) q[4];
ry(pi*-0.003388666733) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
