// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.23306303509) q[0];
ry(pi*-0.12015255182) q[1];
ry(pi*0.173978920048) q[2];
ry(pi*0.098900399245) q[3];
ry(pi*0.034833227201) q[4];
ry(pi*-2.227e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.189362080797) q[0];
ry(pi*0.23997194219) q[1];
ry(pi*-0.180323008449) q[2];
ry(pi*-0.022393652683) q[3];
ry(pi*0.002054272478) q[4];
ry(pi*-1.5778e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.066965892469) q[0];
ry(pi*-0.153786746427) q[1];
ry(pi*-0.024023983264) q[2];
ry(pi*-0.088129418596) q[3];
ry(pi*0.069455648203) q[4];
ry(pi*4.515e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004923260533) q[0];
ry(pi*0.024323491803) q[1];
ry(pi*0.151817185489) q[2];
ry(pi*-0.231685765389) q[3];
ry(pi*0.118660980801) q[4];
ry(pi*-2.2711e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.058123951713) q[0];
ry(pi*-0.11290778914) q[1];
ry(pi*0.092899489904) q[2];
ry(pi*0.169243303251) q[3];
ry(pi*-0.323119553615) q[4];
ry(pi*0.000929795519) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
