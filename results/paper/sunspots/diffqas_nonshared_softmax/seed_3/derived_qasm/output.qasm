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
ry(pi*0.012420042074) q[0];
ry(pi*0.118205302833) q[1];
ry(pi*0.210498879066) q[2];
ry(pi*0.02405445824) q[3];
ry(pi*-0.496551034001) q[4];
ry(pi*0.494613954407) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.142335640206) q[0];
ry(pi*0.33911115141) q[1];
ry(pi*-0.893596608861) q[2];
ry(pi*-0.031635806951) q[3];
ry(pi*-0.022292022789) q[4];
ry(pi*-0.507116312119) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.148865376944) q[0];
ry(pi*-0.002974550941) q[1];
ry(pi*0.000295628463) q[2];
ry(pi*0.00182120502) q[3];
ry(pi*-0.49411895542) q[4];
ry(pi*0.003971810142) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00355879388) q[0];
ry(pi*-0.082897114237) q[1];
ry(pi*-0.00425956032) q[2];
ry(pi*-0.494349398413) q[3];
ry(pi*-0.495183706021) q[4];
ry(pi*-0.005545677826) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002773060657) q[0];
ry(pi*-0.192878983146) q[1];
ry(pi*0.134901927932) q[2];
ry(pi*-0.008983872324) q[3];
ry(pi*0.029269077627) q[4];
ry(pi*-0.003542451525) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
