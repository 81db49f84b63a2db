// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.000709067091) q[0];
rz(pi*-0.005164600109) q[1];
rz(pi*-0.001561470624) q[2];
rz(pi*0.000508925058) q[3];
rz(pi*-0.003981403237) q[4];
rz(pi*0.000235230777) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002111296702) q[0];
rz(pi*-0.000976479373) q[1];
rz(pi*-0.001976032424) q[2];
rz(pi*-0.001973903474) q[3];
rz(pi*0.002995750022) q[4];
rz(pi*-0.004884492688) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000956368038) q[0];
rz(pi*-0.001335057116) q[1];
rz(pi*0.000458385586) q[2];
rz(pi*-0.000221475072) q[3];
rz(pi*-0.003525334846) q[4];
rz(pi*0.006493817769) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000565342747) q[0];
rz(pi*-0.004271851696) q[1];
rz(pi*-0.002837542801) q[2];
rz(pi*0.000310614284) q[3];
rz(pi*0.001951139586) q[4];
rz(pi*-0.00427220447) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00226424773) q[0];
rz(pi*-0.00437134271) q[1];
rz(pi*-0.002528615183) q[2];
rz(pi*0.002715522539) q[3];
rz(pi*0.00541444748) q[4];
rz(pi*-0.000269631222) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
