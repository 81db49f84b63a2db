// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*0.006726885523) q[0];
rz(pi*0.00044301629) q[1];
rz(pi*-0.002397119219) q[2];
rz(pi*0.000322358952) q[3];
rz(pi*-0.003310576682) q[4];
rz(pi*-0.002424118921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001230163167) q[0];
rz(pi*-0.001763507857) q[1];
rz(pi*-0.001435138656) q[2];
rz(pi*0.005312946245) q[3];
rz(pi*0.002736659069) q[4];
rz(pi*0.002555915484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001683934078) q[0];
rz(pi*0.001541750824) q[1];
rz(pi*0.004636735876) q[2];
rz(pi*-6.1726755e-05) q[3];
rz(pi*0.005906985346) q[4];
rz(pi*-0.003027795882) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000811216587) q[0];
rz(pi*-0.004387656012) q[1];
rz(pi*-0.001093813811) q[2];
rz(pi*0.001650862948) q[3];
rz(pi*0.004620029482) q[4];
rz(pi*-0.00211069906) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.76633e-05) q[0];
rz(pi*-0.001143112866) q[1];
rz(pi*-0.002350796811) q[2];
rz(pi*-0.003785613375) q[3];
rz(pi*0.00019304) q[4];
rz(pi*-0.005513174544) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
