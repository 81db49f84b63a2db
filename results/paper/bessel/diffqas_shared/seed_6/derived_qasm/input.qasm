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
ry(pi*0.064683475664) q[0];
ry(pi*-0.186993959348) q[1];
ry(pi*-0.019514290389) q[2];
ry(pi*0.052485962576) q[3];
ry(pi*0.012226824798) q[4];
ry(pi*0.067382927693) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.047951684578) q[0];
ry(pi*0.064148828378) q[1];
ry(pi*0.057059831956) q[2];
ry(pi*-0.134377189163) q[3];
ry(pi*-0.042098786384) q[4];
ry(pi*0.098239132583) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.022749256522) q[0];
ry(pi*0.109419336426) q[1];
ry(pi*-0.157850737443) q[2];
ry(pi*-0.243576574525) q[3];
ry(pi*0.09342141122) q[4];
ry(pi*0.006336839033) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.37794946636) q[0];
ry(pi*-0.378690997231) q[1];
ry(pi*-0.22855892376) q[2];
ry(pi*-0.132620293753) q[3];
ry(pi*-0.165797833297) q[4];
ry(pi*-0.039519268209) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.168568556452) q[0];
ry(pi*-0.364734150735) q[1];
ry(pi*-0.176223794528) q[2];
ry(pi*-0.206022695621) q[3];
ry(pi*-0.280672887672) q[4];
ry(pi*0.002921162222) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
