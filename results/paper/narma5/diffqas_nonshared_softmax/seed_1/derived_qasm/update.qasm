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
rx(pi*0.1000247053) q[0];
rx(pi*-0.045721096577) q[1];
rx(pi*0.003817763881) q[2];
rx(pi*-0.001408868219) q[3];
rx(pi*-0.000229071935) q[4];
rx(pi*0.006157163555) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.141346856487) q[0];
rx(pi*-0.053079207194) q[1];
rx(pi*0.000538585725) q[2];
rx(pi*0.006984732279) q[3];
rx(pi*0.003199517332) q[4];
rx(pi*0.003323123301) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.040181874821) q[0];
rx(pi*-0.04943894404) q[1];
rx(pi*0.005003803701) q[2];
rx(pi*-0.00212477758) q[3];
rx(pi*0.005478820827) q[4];
rx(pi*0.001895906953) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.153526563652) q[0];
rx(pi*-0.042125950616) q[1];
rx(pi*-0.001408139102) q[2];
rx(pi*-0.001614817395) q[3];
rx(pi*0.001695240353) q[4];
rx(pi*0.001117911054) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.065498364664) q[0];
rx(pi*-0.043556908449) q[1];
rx(pi*0.001042797649) q[2];
rx(pi*-0.001307519358) q[3];
rx(pi*0.003328753761) q[4];
rx(pi*-0.00082940997) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
