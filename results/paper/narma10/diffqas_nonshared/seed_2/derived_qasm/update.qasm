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
ry(pi*-0.014932439412) q[0];
ry(pi*0.198838721625) q[1];
ry(pi*-0.223500447715) q[2];
ry(pi*0.093557939112) q[3];
ry(pi*-0.407496181691) q[4];
ry(pi*-0.004876516129) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.023832574328) q[0];
ry(pi*0.332526659323) q[1];
ry(pi*-0.206111355271) q[2];
ry(pi*0.289844503635) q[3];
ry(pi*0.282163272895) q[4];
ry(pi*-0.006543873213) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.00144866667) q[0];
ry(pi*0.034999150995) q[1];
ry(pi*0.057086920297) q[2];
ry(pi*0.076961627674) q[3];
ry(pi*-0.027793182841) q[4];
ry(pi*-0.015653448884) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.234854100418) q[0];
ry(pi*0.121033551359) q[1];
ry(pi*0.055333767262) q[2];
ry(pi*0.011553250752) q[3];
ry(pi*0.010731505475) q[4];
ry(pi*-0.012049396404) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.061278052438) q[0];
ry(pi*-0.076691066805) q[1];
ry(pi*-0.131908009373) q[2];
ry(pi*0.042211095564) q[3];
ry(pi*-0.017120536758) q[4];
ry(pi*-0.002173605725) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
