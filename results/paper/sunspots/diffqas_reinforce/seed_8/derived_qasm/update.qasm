// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.074840868166) q[0];
ry(pi*-0.173350523672) q[1];
ry(pi*-0.026163115507) q[2];
ry(pi*-0.005695338417) q[3];
ry(pi*-0.001722832212) q[4];
ry(pi*0.000207899627) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.170339226076) q[0];
ry(pi*0.183311747448) q[1];
ry(pi*0.131050431691) q[2];
ry(pi*-0.015012481877) q[3];
ry(pi*0.022783393238) q[4];
ry(pi*-0.006010398086) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.140866494975) q[0];
ry(pi*0.163709958304) q[1];
ry(pi*0.06642796764) q[2];
ry(pi*0.005189702833) q[3];
ry(pi*0.004877078493) q[4];
ry(pi*0.003329420475) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.137123665146) q[0];
ry(pi*0.212502856569) q[1];
ry(pi*0.005888967165) q[2];
ry(pi*0.489669846086) q[3];
ry(pi*-0.523027010118) q[4];
ry(pi*-0.492065990283) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.075275813663) q[0];
ry(pi*-0.010176611895) q[1];
ry(pi*-0.362156437343) q[2];
ry(pi*-0.003625258083) q[3];
ry(pi*0.001977091785) q[4];
ry(pi*0.003785808142) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
