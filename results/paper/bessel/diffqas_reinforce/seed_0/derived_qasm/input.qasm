// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
rz(pi*-0.003213679006) q[0];
rz(pi*-0.000665805521) q[1];
rz(pi*-0.000506805335) q[2];
rz(pi*0.001721588163) q[3];
rz(pi*0.000683302841) q[4];
rz(pi*0.001131208949) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002081172277) q[0];
rz(pi*-0.00041254917) q[1];
rz(pi*0.002495503291) q[2];
rz(pi*0.004753755041) q[3];
rz(pi*-0.004007698873) q[4];
rz(pi*0.004818988387) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004284072517) q[0];
rz(pi*0.002487016544) q[1];
rz(pi*0.000841823928) q[2];
rz(pi*-0.000999233478) q[3];
rz(pi*0.004641040911) q[4];
rz(pi*0.006239699158) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005734770309) q[0];
rz(pi*0.004186107031) q[1];
rz(pi*0.001137584756) q[2];
rz(pi*-0.003846179721) q[3];
rz(pi*-1.4129553e-05) q[4];
rz(pi*0.002089643757) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004100965343) q[0];
rz(pi*0.001257731904) q[1];
rz(pi*0.00136831901) q[2];
rz(pi*0.002215581447) q[3];
rz(pi*-0.003769168746) q[4];
rz(pi*-0.002106263291) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
