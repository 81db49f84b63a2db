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
ry(pi*0.103758200537) q[0];
ry(pi*0.204319967406) q[1];
ry(pi*-0.301680936876) q[2];
ry(pi*0.015766215782) q[3];
ry(pi*0.021961816345) q[4];
ry(pi*0.001658703436) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.057879843598) q[0];
ry(pi*0.425703492852) q[1];
ry(pi*-0.111491492497) q[2];
ry(pi*0.483924404792) q[3];
ry(pi*0.014604902196) q[4];
ry(pi*0.000725886284) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.097544046998) q[0];
ry(pi*-0.074667955286) q[1];
ry(pi*-0.061386918064) q[2];
ry(pi*-0.031516852566) q[3];
ry(pi*-0.004760304196) q[4];
ry(pi*0.004966581838) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.022619082128) q[0];
ry(pi*0.048097442712) q[1];
ry(pi*0.558354607834) q[2];
ry(pi*0.029713813063) q[3];
ry(pi*0.266259689677) q[4];
ry(pi*-0.000164586993) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.073424045029) q[0];
ry(pi*0.242639074143) q[1];
ry(pi*0.016496087899) q[2];
ry(pi*0.014366088663) q[3];
ry(pi*-0.606602684676) q[4];
ry(pi*0.00353651098) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
