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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008846104681) q[0];
ry(pi*-0.019108019828) q[1];
ry(pi*0.013355962975) q[2];
ry(pi*-0.004826916031) q[3];
ry(pi*-0.006602089904) q[4];
ry(pi*0.004959209443) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015763358012) q[0];
ry(pi*-0.180601300713) q[1];
ry(pi*-0.478281112772) q[2];
ry(pi*0.008487796633) q[3];
ry(pi*-0.001582134762) q[4];
ry(pi*-0.000454386339) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.009259490616) q[0];
ry(pi*0.164284434131) q[1];
ry(pi*0.187681190215) q[2];
ry(pi*0.002045513294) q[3];
ry(pi*-0.083054322425) q[4];
ry(pi*-0.05084355347) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002347707662) q[0];
ry(pi*-0.275224047344) q[1];
ry(pi*0.167396932363) q[2];
ry(pi*0.521803343782) q[3];
ry(pi*0.490321939424) q[4];
ry(pi*0.009342627417) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.210572019009) q[0];
ry(pi*0.036943224418) q[1];
ry(pi*0.01709865288) q[2];
ry(pi*-0.007693584964) q[3];
ry(pi*-0.036159469697) q[4];
ry(pi*-0.001422749897) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
