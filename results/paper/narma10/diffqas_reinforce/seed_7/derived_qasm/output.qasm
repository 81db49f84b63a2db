// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
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
rz(pi*-0.002811979395) q[0];
rz(pi*0.003133250861) q[1];
rz(pi*0.00539009418) q[2];
rz(pi*-0.004566944624) q[3];
rz(pi*0.004962329867) q[4];
rz(pi*-0.000895737436) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00473112411) q[0];
rz(pi*-0.001211053979) q[1];
rz(pi*-0.005020360388) q[2];
rz(pi*0.0015978064) q[3];
rz(pi*0.002949381516) q[4];
rz(pi*0.006671655855) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005486370795) q[0];
rz(pi*0.002213028871) q[1];
rz(pi*-0.000756643554) q[2];
rz(pi*-0.001657279739) q[3];
rz(pi*-0.000938603543) q[4];
rz(pi*-0.002644947475) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000873931672) q[0];
rz(pi*-0.008099485556) q[1];
rz(pi*0.00056935489) q[2];
rz(pi*-9.2106557e-05) q[3];
rz(pi*0.008167428745) q[4];
rz(pi*0.002415150296) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001528592482) q[0];
rz(pi*0.001797607961) q[1];
rz(pi*-0.003901734891) q[2];
rz(pi*-0.001918425529) q[3];
rz(pi*-0.005944738743) q[4];
rz(pi*0.00457175718) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
