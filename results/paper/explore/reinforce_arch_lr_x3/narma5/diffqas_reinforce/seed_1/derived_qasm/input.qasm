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
rz(pi*0.001236719734) q[0];
rz(pi*0.004032445858) q[1];
rz(pi*0.006897752903) q[2];
rz(pi*0.009068344333) q[3];
rz(pi*0.004299837388) q[4];
rz(pi*-0.003691442438) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001286606944) q[0];
rz(pi*0.000788281352) q[1];
rz(pi*0.006583053716) q[2];
rz(pi*0.002153747335) q[3];
rz(pi*0.00383045576) q[4];
rz(pi*-0.000553705597) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001878933607) q[0];
rz(pi*0.002286079731) q[1];
rz(pi*-0.001452472929) q[2];
rz(pi*0.002474310287) q[3];
rz(pi*0.003408494144) q[4];
rz(pi*-0.000504095308) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003240861025) q[0];
rz(pi*0.005245602477) q[1];
rz(pi*0.000211039042) q[2];
rz(pi*1.023688e-06) q[3];
rz(pi*-0.000985542269) q[4];
rz(pi*-0.00197132155) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000497044968) q[0];
rz(pi*-0.001310885242) q[1];
rz(pi*-0.000993064519) q[2];
rz(pi*-0.002462098508) q[3];
rz(pi*-0.004889393289) q[4];
rz(pi*-0.002983340363) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
