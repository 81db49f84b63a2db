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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001274220704) q[0];
ry(pi*0.005162252824) q[1];
ry(pi*0.005902840394) q[2];
ry(pi*-0.0160231056) q[3];
ry(pi*-0.000431354979) q[4];
ry(pi*0.052033443571) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00662393643) q[0];
ry(pi*0.043611108846) q[1];
ry(pi*-0.006475065579) q[2];
ry(pi*0.485252345349) q[3];
ry(pi*-0.000727643857) q[4];
ry(pi*-0.004141338164) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.024889166647) q[0];
ry(pi*-0.02633536434) q[1];
ry(pi*0.106448280028) q[2];
ry(pi*-0.173722123908) q[3];
ry(pi*0.005080276325) q[4];
ry(pi*-0.037367345963) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0013501572) q[0];
ry(pi*-0.379649841954) q[1];
ry(pi*0.000135240163) q[2];
ry(pi*0.400356205496) q[3];
ry(pi*0.015543652407) q[4];
ry(pi*-0.000903198469) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.071176006844) q[0];
ry(pi*0.011469141004) q[1];
ry(pi*-0.027244977154) q[2];
ry(pi*0.02879826415) q[3];
ry(pi*-0.002143529918) q[4];
ry(pi*-0.001423380889) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
