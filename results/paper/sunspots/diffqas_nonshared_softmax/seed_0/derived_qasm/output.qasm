// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.071675232011) q[0];
ry(pi*0.667388029086) q[1];
ry(pi*-0.063026362679) q[2];
ry(pi*0.461293066269) q[3];
ry(pi*-0.01773638029) q[4];
ry(pi*0.006750075557) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.033665324143) q[0];
ry(pi*-0.08919028927) q[1];
ry(pi*-0.07940228668) q[2];
ry(pi*0.042771602706) q[3];
ry(pi*-0.017014943931) q[4];
ry(pi*-0.002143459215) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.098626489686) q[0];
ry(pi*0.106415352824) q[1];
ry(pi*-0.288708055021) q[2];
ry(pi*-0.532416509115) q[3];
ry(pi*0.017190337497) q[4];
ry(pi*0.002387449787) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.026251241548) q[0];
ry(pi*0.503794677289) q[1];
ry(pi*0.260828892431) q[2];
ry(pi*0.061931734743) q[3];
ry(pi*0.047457477702) q[4];
ry(pi*-0.003727181462) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.20761469888) q[0];
ry(pi*-0.606639909207) q[1];
ry(pi*-0.340844956985) q[2];
ry(pi*-0.350194992668) q[3];
ry(pi*0.05388969926) q[4];
ry(pi*-0.001741471899) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
