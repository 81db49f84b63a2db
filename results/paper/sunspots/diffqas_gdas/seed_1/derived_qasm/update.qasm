// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.019007600632) q[0];
ry(pi*-0.111993008624) q[1];
ry(pi*0.452914890614) q[2];
ry(pi*0.082755776753) q[3];
ry(pi*-0.369022143496) q[4];
ry(pi*-0.005011107616) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.123156080076) q[0];
ry(pi*0.263786648933) q[1];
ry(pi*-0.060910450708) q[2];
ry(pi*-0.354013144305) q[3];
ry(pi*0.066705581627) q[4];
ry(pi*-0.072060094198) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.122260016175) q[0];
ry(pi*-0.377158492509) q[1];
ry(pi*-0.187521117143) q[2];
ry(pi*-0.112230452561) q[3];
ry(pi*-0.439300691942) q[4];
ry(pi*-0.099405975539) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.022562042934) q[0];
ry(pi*-0.172577422149) q[1];
ry(pi*-0.359618263156) q[2];
ry(pi*0.118309301949) q[3];
ry(pi*-0.153273116202) q[4];
ry(pi*0.359916362968) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.138212596514) q[0];
ry(pi*-0.357360582071) q[1];
ry(pi*-0.428500455317) q[2];
ry(pi*0.028119371806) q[3];
ry(pi*0.388570334628) q[4];
ry(pi*-0.001354000663) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
