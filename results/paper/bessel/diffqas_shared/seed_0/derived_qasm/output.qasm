// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.018385250633) q[0];
ry(pi*0.435139968373) q[1];
ry(pi*-0.000463402136) q[2];
ry(pi*-0.002582534842) q[3];
ry(pi*0.017486499717) q[4];
ry(pi*-0.185397080093) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.500111953125) q[0];
ry(pi*0.506024620217) q[1];
ry(pi*-0.000828848347) q[2];
ry(pi*-0.022011551031) q[3];
ry(pi*0.004809439166) q[4];
ry(pi*-0.000142884198) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.060612939051) q[0];
ry(pi*-0.021303305475) q[1];
ry(pi*-0.007445313516) q[2];
ry(pi*0.004615302304) q[3];
ry(pi*-0.031255901394) q[4];
ry(pi*-0.011508842664) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00371563447) q[0];
ry(pi*0.002671562089) q[1];
ry(pi*0.361677451354) q[2];
ry(pi*0.056100911342) q[3];
ry(pi*-0.323871519497) q[4];
ry(pi*-0.062412679668) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.268840647409) q[0];
ry(pi*0.005044582657) q[1];
ry(pi*-0.055461411165) q[2];
ry(pi*-0.426565348889) q[3];
ry(pi*-0.575490110533) q[4];
ry(pi*0.003707823627) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
