// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.383882965529) q[0];
ry(pi*0.065385415154) q[1];
ry(pi*0.031741155504) q[2];
ry(pi*0.019218108011) q[3];
ry(pi*-0.008733163471) q[4];
ry(pi*0.03100435359) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.130750339741) q[0];
ry(pi*-0.429847254785) q[1];
ry(pi*0.02686595383) q[2];
ry(pi*0.023688744299) q[3];
ry(pi*-0.001316943626) q[4];
ry(pi*-0.317802479019) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012220841267) q[0];
ry(pi*-0.507725071702) q[1];
ry(pi*-0.052778802194) q[2];
ry(pi*-0.019254727785) q[3];
ry(pi*0.035051271504) q[4];
ry(pi*-0.542224926382) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.065941307175) q[0];
ry(pi*-0.003426643652) q[1];
ry(pi*-0.19148958986) q[2];
ry(pi*-0.299960298387) q[3];
ry(pi*-0.137706593333) q[4];
ry(pi*-0.3257154429) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.231325795447) q[0];
ry(pi*0.061920986682) q[1];
ry(pi*-0.118434588489) q[2];
ry(pi*0.395250525255) q[3];
ry(pi*-0.086469303173) q[4];
ry(pi*-0.003760206198) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
