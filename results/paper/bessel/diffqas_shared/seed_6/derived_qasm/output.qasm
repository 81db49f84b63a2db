// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.108918693046) q[0];
ry(pi*0.313601457334) q[1];
ry(pi*-0.032109131945) q[2];
ry(pi*0.325045287506) q[3];
ry(pi*0.06787545548) q[4];
ry(pi*-0.158209341347) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.056823991216) q[0];
ry(pi*0.180777216029) q[1];
ry(pi*0.139606135346) q[2];
ry(pi*-0.11563957073) q[3];
ry(pi*0.230017795249) q[4];
ry(pi*0.271609112807) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.084013451739) q[0];
ry(pi*-0.390000386513) q[1];
ry(pi*0.481366043602) q[2];
ry(pi*0.395287522113) q[3];
ry(pi*-0.239449053264) q[4];
ry(pi*0.190608855939) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.091366510863) q[0];
ry(pi*-0.175431796148) q[1];
ry(pi*0.205979703375) q[2];
ry(pi*-0.363770714608) q[3];
ry(pi*-0.303542922334) q[4];
ry(pi*-0.217491892357) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.042136641759) q[0];
ry(pi*-0.06794284668) q[1];
ry(pi*-0.145741134581) q[2];
ry(pi*-0.043529862798) q[3];
ry(pi*-0.180716142754) q[4];
ry(pi*-0.002146018905) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
