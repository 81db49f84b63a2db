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
ry(pi*-0.024632920716) q[0];
ry(pi*-0.028907357449) q[1];
ry(pi*0.176080303637) q[2];
ry(pi*-0.131210229658) q[3];
ry(pi*0.00736522777) q[4];
ry(pi*-0.012858729946) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078962000354) q[0];
ry(pi*0.142911282858) q[1];
ry(pi*-0.165345750665) q[2];
ry(pi*-0.179078661819) q[3];
ry(pi*-0.00447777597) q[4];
ry(pi*-0.000866003064) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.113608443226) q[0];
ry(pi*0.077087065995) q[1];
ry(pi*0.119152877744) q[2];
ry(pi*0.021310619469) q[3];
ry(pi*0.003757134984) q[4];
ry(pi*0.502547332965) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.058046737373) q[0];
ry(pi*0.201457435125) q[1];
ry(pi*-0.497604021498) q[2];
ry(pi*0.004652547586) q[3];
ry(pi*0.331881661792) q[4];
ry(pi*-0.444062851614) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.248294584612) q[0];
ry(pi*0.239277255033) q[1];
ry(pi*-0.014437309987) q[2];
ry(pi*-0.003622773246) q[3];
ry(pi*0.020693623342) q[4];
ry(pi*0.005375164406) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
