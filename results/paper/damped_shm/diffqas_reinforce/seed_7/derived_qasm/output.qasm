// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002920298962) q[0];
rz(pi*-0.004214239169) q[1];
rz(pi*-0.002736599483) q[2];
rz(pi*-0.005690477243) q[3];
rz(pi*0.006700222291) q[4];
rz(pi*0.00018685016) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000779059781) q[0];
rz(pi*-0.002152157626) q[1];
rz(pi*0.003396239528) q[2];
rz(pi*-0.006694626516) q[3];
rz(pi*8.488235e-05) q[4];
rz(pi*0.007024241841) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001216108586) q[0];
rz(pi*5.4581816e-05) q[1];
rz(pi*0.002139787988) q[2];
rz(pi*-0.002582924969) q[3];
rz(pi*7.2739259e-05) q[4];
rz(pi*0.003058946466) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000618771264) q[0];
rz(pi*0.001180906061) q[1];
rz(pi*-0.001112266291) q[2];
rz(pi*0.00100459995) q[3];
rz(pi*0.000177521015) q[4];
rz(pi*0.004631604933) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002305830064) q[0];
rz(pi*-0.000775664252) q[1];
rz(pi*-0.007788450481) q[2];
rz(pi*0.002278202779) q[3];
rz(pi*0.002404086812) q[4];
rz(pi*-0.002918605644) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
