// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*0.000315904846) q[0];
rz(pi*-0.000514092872) q[1];
rz(pi*0.001178242316) q[2];
rz(pi*-0.00078469817) q[3];
rz(pi*-0.004946083859) q[4];
rz(pi*0.001896138776) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000917453154) q[0];
rz(pi*-0.000490598607) q[1];
rz(pi*0.003134971748) q[2];
rz(pi*0.003878437543) q[3];
rz(pi*-0.003476965605) q[4];
rz(pi*-0.002486378882) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004925029149) q[0];
rz(pi*0.004516225133) q[1];
rz(pi*-0.002350534305) q[2];
rz(pi*-0.003758464262) q[3];
rz(pi*-0.002029583152) q[4];
rz(pi*-0.001585693931) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005042373518) q[0];
rz(pi*9.9109743e-05) q[1];
rz(pi*-0.004075041455) q[2];
rz(pi*-0.003852942913) q[3];
rz(pi*0.002915837402) q[4];
rz(pi*-0.002174796117) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000227530232) q[0];
rz(pi*0.002002451382) q[1];
rz(pi*0.002588562544) q[2];
rz(pi*-0.001072754506) q[3];
rz(pi*0.000140419464) q[4];
rz(pi*-0.002627341654) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
