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
rx(pi*-0.080428048284) q[0];
rx(pi*-0.087586636744) q[1];
rx(pi*0.000949542889) q[2];
rx(pi*0.003051441855) q[3];
rx(pi*-0.005960202718) q[4];
rx(pi*-0.002722066061) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.137324795245) q[0];
rx(pi*-0.090656009921) q[1];
rx(pi*0.00240584772) q[2];
rx(pi*0.000130941048) q[3];
rx(pi*-1.6784478e-05) q[4];
rx(pi*-9.942093e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.076909865275) q[0];
rx(pi*-0.090327857276) q[1];
rx(pi*-0.002281227154) q[2];
rx(pi*0.003852510097) q[3];
rx(pi*0.003294951439) q[4];
rx(pi*-0.004090433986) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.13654267218) q[0];
rx(pi*-0.09015808913) q[1];
rx(pi*0.002237322882) q[2];
rx(pi*-0.000524473262) q[3];
rx(pi*0.000245075892) q[4];
rx(pi*-0.001560262593) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.073861148677) q[0];
rx(pi*-0.090699514431) q[1];
rx(pi*0.003431423895) q[2];
rx(pi*0.001714062208) q[3];
rx(pi*-5.0009486e-05) q[4];
rx(pi*-0.004365552464) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
