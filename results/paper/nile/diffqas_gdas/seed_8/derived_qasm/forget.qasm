// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
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
rz(pi*-0.005533750489) q[0];
rz(pi*-0.004255137594) q[1];
rz(pi*-0.004333372312) q[2];
rz(pi*-0.001119639797) q[3];
rz(pi*-0.007361497846) q[4];
rz(pi*-0.000601789173) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003047212414) q[0];
rz(pi*0.002844171108) q[1];
rz(pi*0.003045412968) q[2];
rz(pi*0.004431240267) q[3];
rz(pi*0.002442634692) q[4];
rz(pi*-0.000169316173) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002736504915) q[0];
rz(pi*0.004792009732) q[1];
rz(pi*-0.002080213412) q[2];
rz(pi*0.00194295996) q[3];
rz(pi*-0.000135906461) q[4];
rz(pi*0.004583553189) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002664192659) q[0];
rz(pi*-0.000960153027) q[1];
rz(pi*0.001153208443) q[2];
rz(pi*0.000821436006) q[3];
rz(pi*-0.005218730544) q[4];
rz(pi*0.001146253671) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000376951107) q[0];
rz(pi*-0.000763085691) q[1];
rz(pi*-0.000494123684) q[2];
rz(pi*0.000697248033) q[3];
rz(pi*-0.005781605722) q[4];
rz(pi*0.004941688111) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
