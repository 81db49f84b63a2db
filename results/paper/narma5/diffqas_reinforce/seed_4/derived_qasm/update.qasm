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
ry(pi*0.024385883684) q[0];
ry(pi*0.094837290462) q[1];
ry(pi*-0.10867266394) q[2];
ry(pi*-0.007774659665) q[3];
ry(pi*0.015348753671) q[4];
ry(pi*0.017474725941) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.092599246171) q[0];
ry(pi*-0.10998356697) q[1];
ry(pi*0.012263846557) q[2];
ry(pi*0.311630833922) q[3];
ry(pi*-0.013843229382) q[4];
ry(pi*-0.045864155837) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.055170027706) q[0];
ry(pi*0.013467836967) q[1];
ry(pi*0.302879767884) q[2];
ry(pi*-0.065746357449) q[3];
ry(pi*-0.085599725228) q[4];
ry(pi*0.030449673454) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.044198177835) q[0];
ry(pi*-0.361461237922) q[1];
ry(pi*-0.148115355768) q[2];
ry(pi*0.386955791745) q[3];
ry(pi*-0.135598616714) q[4];
ry(pi*0.074050311715) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017351084102) q[0];
ry(pi*0.020335192564) q[1];
ry(pi*-0.033624912191) q[2];
ry(pi*0.019692329468) q[3];
ry(pi*0.01190689684) q[4];
ry(pi*-0.001423346056) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
