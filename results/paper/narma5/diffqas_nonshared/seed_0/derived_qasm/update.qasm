// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004322037282) q[0];
rz(pi*-0.00036622791) q[1];
rz(pi*0.001253318368) q[2];
rz(pi*0.002745516674) q[3];
rz(pi*0.006493848007) q[4];
rz(pi*-0.000847968134) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005204502762) q[0];
rz(pi*0.000349287062) q[1];
rz(pi*0.000884410632) q[2];
rz(pi*-0.0027557) q[3];
rz(pi*0.001321431867) q[4];
rz(pi*0.006342101599) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006839571787) q[0];
rz(pi*0.001842746203) q[1];
rz(pi*0.00148101061) q[2];
rz(pi*0.001710058958) q[3];
rz(pi*-0.005728013639) q[4];
rz(pi*-0.002812882972) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002547522712) q[0];
rz(pi*-0.00156646683) q[1];
rz(pi*-0.002211450724) q[2];
rz(pi*-0.004493833437) q[3];
rz(pi*0.000961916604) q[4];
rz(pi*-0.003117705658) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.009405391045) q[0];
rz(pi*0.001242359161) q[1];
rz(pi*0.00184492881) q[2];
rz(pi*0.001079893151) q[3];
rz(pi*-0.002786931811) q[4];
rz(pi*-0.001599534254) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
