// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000793393766) q[0];
rz(pi*0.001096812024) q[1];
rz(pi*0.005836618983) q[2];
rz(pi*-0.005248949981) q[3];
rz(pi*0.001834523444) q[4];
rz(pi*-0.001480211086) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-7.7397397e-05) q[0];
rz(pi*-0.002155847233) q[1];
rz(pi*0.000404218058) q[2];
rz(pi*0.003968762644) q[3];
rz(pi*0.003869996745) q[4];
rz(pi*0.000816681776) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002650280892) q[0];
rz(pi*-0.003784445661) q[1];
rz(pi*-0.009312013703) q[2];
rz(pi*0.003352398251) q[3];
rz(pi*0.006515660145) q[4];
rz(pi*0.001518603775) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001941022072) q[0];
rz(pi*0.000179817829) q[1];
rz(pi*0.003924402285) q[2];
rz(pi*-0.00370347116) q[3];
rz(pi*0.000257921276) q[4];
rz(pi*0.001983709865) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003256480043) q[0];
rz(pi*0.006702134981) q[1];
rz(pi*0.002623424374) q[2];
rz(pi*0.005327575419) q[3];
rz(pi*-0.003419599723) q[4];
rz(pi*0.000715415773) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
