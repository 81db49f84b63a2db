// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.017256777688) q[0];
ry(pi*-0.049211233122) q[1];
ry(pi*-0.005633556629) q[2];
ry(pi*0.02951444743) q[3];
ry(pi*0.002882410088) q[4];
ry(pi*-0.006771252108) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.041383082166) q[0];
ry(pi*0.045876677851) q[1];
ry(pi*0.005223267995) q[2];
ry(pi*0.002124156964) q[3];
ry(pi*0.018938747345) q[4];
ry(pi*-0.015316260469) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008820895235) q[0];
ry(pi*-0.007123562396) q[1];
ry(pi*-0.025765804826) q[2];
ry(pi*-0.015501468875) q[3];
ry(pi*-0.016722827649) q[4];
ry(pi*0.007708466713) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.040420376489) q[0];
ry(pi*0.021765583587) q[1];
ry(pi*0.053562637549) q[2];
ry(pi*0.021569829891) q[3];
ry(pi*0.005970182976) q[4];
ry(pi*0.03221190732) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.03802498883) q[0];
ry(pi*0.024140120196) q[1];
ry(pi*0.081860414844) q[2];
ry(pi*0.093696089175) q[3];
ry(pi*0.01021547994) q[4];
ry(pi*0.004941652537) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
