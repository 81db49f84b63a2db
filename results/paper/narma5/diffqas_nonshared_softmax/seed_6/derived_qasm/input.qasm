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
rz(pi*-0.004728496384) q[0];
rz(pi*0.004508000743) q[1];
rz(pi*0.003983813369) q[2];
rz(pi*-0.002596363011) q[3];
rz(pi*0.000220550632) q[4];
rz(pi*0.005738701225) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002159708632) q[0];
rz(pi*-0.000315793567) q[1];
rz(pi*0.003016961554) q[2];
rz(pi*1.0004993e-05) q[3];
rz(pi*0.006441884022) q[4];
rz(pi*-0.003850677152) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002182435612) q[0];
rz(pi*0.001403964357) q[1];
rz(pi*0.001055839042) q[2];
rz(pi*0.001406389904) q[3];
rz(pi*-0.003408245127) q[4];
rz(pi*0.00109233038) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003348988492) q[0];
rz(pi*0.001250282877) q[1];
rz(pi*-0.002997874377) q[2];
rz(pi*0.005893619046) q[3];
rz(pi*-0.003556134434) q[4];
rz(pi*0.00473407793) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002126594369) q[0];
rz(pi*0.002339370473) q[1];
rz(pi*-0.004738431879) q[2];
rz(pi*0.003392780855) q[3];
rz(pi*0.000105866885) q[4];
rz(pi*0.000759252825) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
