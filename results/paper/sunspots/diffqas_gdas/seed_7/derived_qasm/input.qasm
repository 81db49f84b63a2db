// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.138235523653) q[0];
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
rz(pi*0.006727774871) q[0];
rz(pi*0.000441914981) q[1];
rz(pi*-0.002398246911) q[2];
rz(pi*0.000321317601) q[3];
rz(pi*-0.003311346857) q[4];
rz(pi*-0.002425055849) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001229618887) q[0];
rz(pi*-0.001765087486) q[1];
rz(pi*-0.001437151102) q[2];
rz(pi*0.005310897781) q[3];
rz(pi*0.002734634914) q[4];
rz(pi*0.002554593617) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001682097427) q[0];
rz(pi*0.001540265317) q[1];
rz(pi*0.004635647315) q[2];
rz(pi*-6.3065617e-05) q[3];
rz(pi*0.005905324638) q[4];
rz(pi*-0.00302918445) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000812598115) q[0];
rz(pi*-0.004388881236) q[1];
rz(pi*-0.001095000868) q[2];
rz(pi*0.001649410495) q[3];
rz(pi*0.004618530635) q[4];
rz(pi*-0.002112456114) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.5672998e-05) q[0];
rz(pi*-0.001144651215) q[1];
rz(pi*-0.002352407715) q[2];
rz(pi*-0.003787344342) q[3];
rz(pi*0.000193051135) q[4];
rz(pi*-0.005513360122) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
