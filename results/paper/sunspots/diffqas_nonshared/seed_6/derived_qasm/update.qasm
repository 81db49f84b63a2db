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
ry(pi*0.103322368063) q[0];
ry(pi*-0.019245746561) q[1];
ry(pi*0.109554925167) q[2];
ry(pi*-0.055946373569) q[3];
ry(pi*0.029313941061) q[4];
ry(pi*0.001419322796) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.006373557229) q[0];
ry(pi*-0.121532667433) q[1];
ry(pi*0.192720067411) q[2];
ry(pi*0.111846301852) q[3];
ry(pi*0.226669162199) q[4];
ry(pi*0.004282871305) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.027574431803) q[0];
ry(pi*0.014533612096) q[1];
ry(pi*-0.077924655887) q[2];
ry(pi*-0.161047740293) q[3];
ry(pi*0.138416904547) q[4];
ry(pi*-0.000315154089) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.054470720685) q[0];
ry(pi*-0.439876097434) q[1];
ry(pi*0.094075449265) q[2];
ry(pi*-0.221295529842) q[3];
ry(pi*0.01645230947) q[4];
ry(pi*0.49909398932) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.142585122352) q[0];
ry(pi*0.075751000359) q[1];
ry(pi*0.057957276125) q[2];
ry(pi*-0.006138721451) q[3];
ry(pi*-0.001032090127) q[4];
ry(pi*0.000608207631) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
