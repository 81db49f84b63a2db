// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.00085574407) q[0];
rz(pi*0.004725346019) q[1];
rz(pi*-0.000957143549) q[2];
rz(pi*0.002340337046) q[3];
rz(pi*-0.00215520216) q[4];
rz(pi*-0.002955453388) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004886306364) q[0];
rz(pi*0.003190446877) q[1];
rz(pi*-0.000308700483) q[2];
rz(pi*0.005036675765) q[3];
rz(pi*-0.003882803053) q[4];
rz(pi*-0.000843815696) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000115182143) q[0];
rz(pi*0.00435502585) q[1];
rz(pi*0.005656158507) q[2];
rz(pi*-0.002210959508) q[3];
rz(pi*-0.003756960375) q[4];
rz(pi*-0.005678156222) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004102133353) q[0];
rz(pi*-0.000432886621) q[1];
rz(pi*-0.002220138019) q[2];
rz(pi*-0.000322897341) q[3];
rz(pi*-0.008304413762) q[4];
rz(pi*-0.005655198605) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002813230114) q[0];
rz(pi*0.001095089432) q[1];
rz(pi*0.000312196749) q[2];
rz(pi*-0.00335398959) q[3];
rz(pi*0.001704056159) q[4];
rz(pi*0.005493727478) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
