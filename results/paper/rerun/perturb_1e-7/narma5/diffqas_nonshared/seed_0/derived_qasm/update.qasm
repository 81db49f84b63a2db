// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.004851402437) q[0];
rz(pi*-0.002938572386) q[1];
rz(pi*-0.001442920744) q[2];
rz(pi*-0.002491634333) q[3];
rz(pi*-0.004460080622) q[4];
rz(pi*0.001981739219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351366015) q[0];
rz(pi*-0.002177886747) q[1];
rz(pi*0.00300088304) q[2];
rz(pi*0.002754068344) q[3];
rz(pi*-0.001978075255) q[4];
rz(pi*-0.004163587861) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00033191577) q[0];
rz(pi*-0.00508612171) q[1];
rz(pi*-0.003216266711) q[2];
rz(pi*-0.001234302487) q[3];
rz(pi*-0.000503367562) q[4];
rz(pi*-0.001767363178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462684507) q[0];
rz(pi*0.004399119702) q[1];
rz(pi*0.001996179851) q[2];
rz(pi*0.004390189466) q[3];
rz(pi*0.002852189466) q[4];
rz(pi*0.000738419044) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863791175) q[0];
rz(pi*-0.004252905925) q[1];
rz(pi*-6.5460593e-05) q[2];
rz(pi*-0.001300634178) q[3];
rz(pi*-0.002974692051) q[4];
rz(pi*0.001304111082) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
