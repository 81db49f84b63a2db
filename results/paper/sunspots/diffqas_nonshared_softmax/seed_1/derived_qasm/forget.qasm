// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.005830419637) q[0];
ry(pi*0.524291278133) q[1];
ry(pi*-0.004305577534) q[2];
ry(pi*-0.501593762666) q[3];
ry(pi*0.00348759894) q[4];
ry(pi*0.005106239344) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.02635996725) q[0];
ry(pi*0.004746116434) q[1];
ry(pi*-0.449312800628) q[2];
ry(pi*-0.486518017348) q[3];
ry(pi*0.005057672075) q[4];
ry(pi*0.002408909003) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.50144740689) q[0];
ry(pi*0.016383883069) q[1];
ry(pi*0.041596098691) q[2];
ry(pi*0.266093791971) q[3];
ry(pi*0.006120665324) q[4];
ry(pi*0.098658601062) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.173644980716) q[0];
ry(pi*0.510785489741) q[1];
ry(pi*-0.06764425832) q[2];
ry(pi*0.500999498262) q[3];
ry(pi*-0.511442895449) q[4];
ry(pi*-0.013283356641) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001535168022) q[0];
ry(pi*-0.162836509918) q[1];
ry(pi*-0.497198460044) q[2];
ry(pi*-0.010381261438) q[3];
ry(pi*0.038036948776) q[4];
ry(pi*0.002989749298) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
