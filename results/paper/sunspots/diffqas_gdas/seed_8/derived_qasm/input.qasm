// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.138235523653) q[0];
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
ry(0) q[0];
ry(pi*-1.22336e-07) q[1];
ry(pi*-0.317841126507) q[2];
ry(pi*-0.013832132696) q[3];
ry(pi*-0.009710975013) q[4];
ry(pi*0.155354844024) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-7.557e-09) q[1];
ry(pi*0.001188772636) q[2];
ry(pi*0.003130320757) q[3];
ry(pi*-0.062836995684) q[4];
ry(pi*0.167632118544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*-1.46e-10) q[1];
ry(pi*0.058277659428) q[2];
ry(pi*-0.02182601416) q[3];
ry(pi*-0.00664038343) q[4];
ry(pi*0.057457951351) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*6.8437e-08) q[1];
ry(pi*0.003840544519) q[2];
ry(pi*-0.004676954247) q[3];
ry(pi*0.019511829861) q[4];
ry(pi*0.072968694342) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(0) q[0];
ry(pi*1.8447e-07) q[1];
ry(pi*-0.312753622158) q[2];
ry(pi*0.034549390153) q[3];
ry(pi*0.023870626545) q[4];
ry(pi*0.004034362995) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
