// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.110216637689) q[0];
rx(pi*-0.078911798464) q[1];
rx(pi*0.001437583324) q[2];
rx(pi*0.015063167572) q[3];
rx(pi*-0.003910545361) q[4];
rx(pi*0.002838976133) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.14169471233) q[0];
rx(pi*-0.064730343094) q[1];
rx(pi*-0.008578437157) q[2];
rx(pi*-0.013373874434) q[3];
rx(pi*-0.001438542782) q[4];
rx(pi*-0.002489785379) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.030719326002) q[0];
rx(pi*-0.091585200239) q[1];
rx(pi*-0.000685956654) q[2];
rx(pi*0.009538642581) q[3];
rx(pi*0.000783833428) q[4];
rx(pi*-0.003612966114) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.156657057535) q[0];
rx(pi*-0.07961816809) q[1];
rx(pi*0.000639604824) q[2];
rx(pi*-0.010153220868) q[3];
rx(pi*-0.006348551147) q[4];
rx(pi*-0.000605525693) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.060529667662) q[0];
rx(pi*-0.077363228567) q[1];
rx(pi*-0.00592942655) q[2];
rx(pi*0.009797566041) q[3];
rx(pi*-0.000535915941) q[4];
rx(pi*0.002876957498) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
