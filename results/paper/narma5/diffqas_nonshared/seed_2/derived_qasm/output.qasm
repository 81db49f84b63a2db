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
ry(pi*0.111119759452) q[0];
ry(pi*0.053799958163) q[1];
ry(pi*0.067510628514) q[2];
ry(pi*0.08759509859) q[3];
ry(pi*0.07253095985) q[4];
ry(pi*-0.00030166226) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.101987208376) q[0];
ry(pi*-0.044763010764) q[1];
ry(pi*-0.008550591685) q[2];
ry(pi*-0.018788957502) q[3];
ry(pi*0.009800157599) q[4];
ry(pi*-0.000669929277) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.099068706489) q[0];
ry(pi*0.067065679635) q[1];
ry(pi*-0.069417465549) q[2];
ry(pi*-0.000295425507) q[3];
ry(pi*-0.018658803267) q[4];
ry(pi*-0.001239642797) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.109785036138) q[0];
ry(pi*-0.0573014831) q[1];
ry(pi*-0.016238337193) q[2];
ry(pi*-0.018436053722) q[3];
ry(pi*0.025304167044) q[4];
ry(pi*-0.005902873596) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.121118037005) q[0];
ry(pi*0.082253017912) q[1];
ry(pi*0.079142407469) q[2];
ry(pi*0.100864391681) q[3];
ry(pi*-0.054655093104) q[4];
ry(pi*0.0001458113) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
