// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.172811261264) q[0];
rx(pi*-0.001007111245) q[1];
rx(pi*-0.000254704043) q[2];
rx(pi*-0.001561983036) q[3];
rx(pi*-0.00148916148) q[4];
rx(pi*-0.005234972402) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.253054941872) q[0];
rx(pi*0.000816152466) q[1];
rx(pi*-0.001833063284) q[2];
rx(pi*-0.002079415815) q[3];
rx(pi*-0.002040947532) q[4];
rx(pi*0.005337334526) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.164382143782) q[0];
rx(pi*0.001423497393) q[1];
rx(pi*-0.00073109749) q[2];
rx(pi*-0.001603855001) q[3];
rx(pi*-0.002788095077) q[4];
rx(pi*0.004898678967) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.254327216387) q[0];
rx(pi*0.000789791316) q[1];
rx(pi*5.250393e-06) q[2];
rx(pi*-0.000810742713) q[3];
rx(pi*-0.004987288517) q[4];
rx(pi*-0.003923241983) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.169229339308) q[0];
rx(pi*-0.001839264408) q[1];
rx(pi*0.003019128894) q[2];
rx(pi*0.002129161619) q[3];
rx(pi*0.001849021291) q[4];
rx(pi*0.002423692627) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
