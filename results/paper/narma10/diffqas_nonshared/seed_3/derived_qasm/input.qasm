// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.004242125847) q[0];
rx(pi*0.00244991163) q[1];
rx(pi*0.000177201758) q[2];
rx(pi*-0.000334702911) q[3];
rx(pi*0.001318501022) q[4];
rx(pi*-0.001777336173) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001475359399) q[0];
rx(pi*-0.004255551141) q[1];
rx(pi*-0.005771744044) q[2];
rx(pi*0.004301660847) q[3];
rx(pi*-0.002917760467) q[4];
rx(pi*-0.00214754132) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002676966951) q[0];
rx(pi*0.004608535258) q[1];
rx(pi*-0.001570686488) q[2];
rx(pi*-0.001892929566) q[3];
rx(pi*-0.000214108569) q[4];
rx(pi*-0.002912586243) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000185606148) q[0];
rx(pi*0.001002018322) q[1];
rx(pi*0.000888131884) q[2];
rx(pi*0.00273396731) q[3];
rx(pi*0.002331060854) q[4];
rx(pi*0.005987492051) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002644661105) q[0];
rx(pi*-0.004872662883) q[1];
rx(pi*0.002984845732) q[2];
rx(pi*-0.003870467507) q[3];
rx(pi*-0.004504205008) q[4];
rx(pi*0.002386413846) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
