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
rz(pi*0.001824134975) q[0];
rz(pi*-0.000555692029) q[1];
rz(pi*-0.001863039484) q[2];
rz(pi*0.00017443094) q[3];
rz(pi*0.001955196789) q[4];
rz(pi*-0.000615695826) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001277155847) q[0];
rz(pi*-0.001764116318) q[1];
rz(pi*0.004043581378) q[2];
rz(pi*0.004271834205) q[3];
rz(pi*-0.006174528362) q[4];
rz(pi*-0.00608622208) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004612085237) q[0];
rz(pi*-0.000976701488) q[1];
rz(pi*0.005148141843) q[2];
rz(pi*-0.01355027237) q[3];
rz(pi*-0.001243134375) q[4];
rz(pi*-0.002456439589) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-9.2610169e-05) q[0];
rz(pi*0.001285833063) q[1];
rz(pi*4.341414e-05) q[2];
rz(pi*0.002606949211) q[3];
rz(pi*0.006571194563) q[4];
rz(pi*0.002274334266) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001274795963) q[0];
rz(pi*-0.000495865842) q[1];
rz(pi*-0.005784790179) q[2];
rz(pi*-0.009744337997) q[3];
rz(pi*-0.000131357189) q[4];
rz(pi*0.004094848114) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
