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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000514263923) q[0];
rz(pi*0.003877181488) q[1];
rz(pi*0.00018331643) q[2];
rz(pi*-0.001584541485) q[3];
rz(pi*-0.004328373883) q[4];
rz(pi*-0.000280959824) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00185841206) q[0];
rz(pi*-0.003510059709) q[1];
rz(pi*-0.000383295935) q[2];
rz(pi*0.003364493081) q[3];
rz(pi*0.000295270241) q[4];
rz(pi*-0.003339266738) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001041742142) q[0];
rz(pi*-0.003495260669) q[1];
rz(pi*-0.005021903109) q[2];
rz(pi*0.001573266633) q[3];
rz(pi*-0.00175181516) q[4];
rz(pi*0.003544606118) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000990015243) q[0];
rz(pi*-0.002566908117) q[1];
rz(pi*0.000698074904) q[2];
rz(pi*0.004123753095) q[3];
rz(pi*-0.000600700204) q[4];
rz(pi*-0.003377687738) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002105488225) q[0];
rz(pi*-0.00258805354) q[1];
rz(pi*-0.003759201235) q[2];
rz(pi*-0.004114106639) q[3];
rz(pi*0.00134447501) q[4];
rz(pi*0.003531507807) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
