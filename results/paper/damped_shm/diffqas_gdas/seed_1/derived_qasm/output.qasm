// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*-0.493790233593) q[0];
ry(pi*0.000678034717) q[1];
ry(pi*-0.158786577709) q[2];
ry(pi*-0.00322983519) q[3];
ry(pi*0.500095105325) q[4];
ry(pi*0.000789418901) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.019963023146) q[0];
ry(pi*-0.002410584682) q[1];
ry(pi*0.499968063807) q[2];
ry(pi*-0.003906933128) q[3];
ry(pi*0.000258505225) q[4];
ry(pi*-0.000662929593) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.50003037031) q[0];
ry(pi*-0.003309442764) q[1];
ry(pi*0.00034777217) q[2];
ry(pi*-0.007629121496) q[3];
ry(pi*0.106419877825) q[4];
ry(pi*-0.220078352186) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000103240559) q[0];
ry(pi*3.335044e-06) q[1];
ry(pi*-0.006215191704) q[2];
ry(pi*-0.035227367062) q[3];
ry(pi*-0.018772556747) q[4];
ry(pi*0.002081144411) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.298097345318) q[0];
ry(pi*-0.003917990089) q[1];
ry(pi*-3.0667742e-05) q[2];
ry(pi*0.009707743124) q[3];
ry(pi*-0.463773221793) q[4];
ry(pi*0.000170524351) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
