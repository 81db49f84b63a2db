// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.001945075421) q[0];
ry(pi*0.02070504968) q[1];
ry(pi*0.009398617181) q[2];
ry(pi*0.001385611188) q[3];
ry(pi*-0.001429654643) q[4];
ry(pi*-0.003972699786) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000289551385) q[0];
ry(pi*-0.005825767757) q[1];
ry(pi*0.00185375099) q[2];
ry(pi*0.091664069951) q[3];
ry(pi*-0.002248482711) q[4];
ry(pi*0.002895523518) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004750128578) q[0];
ry(pi*-0.014107305128) q[1];
ry(pi*-0.520266095873) q[2];
ry(pi*-0.000749368543) q[3];
ry(pi*-0.011708862857) q[4];
ry(pi*0.009883878406) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.340722620708) q[0];
ry(pi*-0.020036504597) q[1];
ry(pi*-0.024815604561) q[2];
ry(pi*0.060622600923) q[3];
ry(pi*0.003166918001) q[4];
ry(pi*0.006975532868) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004004539614) q[0];
ry(pi*-0.267315940486) q[1];
ry(pi*0.031470862626) q[2];
ry(pi*-0.52034934829) q[3];
ry(pi*-0.323191460329) q[4];
ry(pi*-0.001951392457) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
