// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.001020229195) q[0];
rz(pi*0.000514317543) q[1];
rz(pi*0.001867240762) q[2];
rz(pi*-0.001046008194) q[3];
rz(pi*0.002698021068) q[4];
rz(pi*0.002500267526) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000518146369) q[0];
rz(pi*-0.00663170577) q[1];
rz(pi*-0.002459650282) q[2];
rz(pi*-0.001720228351) q[3];
rz(pi*0.00855146621) q[4];
rz(pi*-0.003575485154) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003445873718) q[0];
rz(pi*-0.005314962099) q[1];
rz(pi*0.001693990523) q[2];
rz(pi*-0.000917276544) q[3];
rz(pi*-0.004361176578) q[4];
rz(pi*-0.00277715462) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000763083319) q[0];
rz(pi*0.002105752657) q[1];
rz(pi*0.000342054295) q[2];
rz(pi*-0.003448478913) q[3];
rz(pi*-0.003442157431) q[4];
rz(pi*0.008677690715) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001636606558) q[0];
rz(pi*-0.002777877067) q[1];
rz(pi*-0.000667551236) q[2];
rz(pi*0.003010087194) q[3];
rz(pi*1.8819741e-05) q[4];
rz(pi*0.005903668673) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
