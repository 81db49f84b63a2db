// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*0.254104419411) q[0];
rx(pi*0.112739007576) q[1];
rx(pi*0.042163013879) q[2];
rx(pi*-0.029456473828) q[3];
rx(pi*0.075121541509) q[4];
rx(pi*0.003756264906) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.025660866558) q[0];
rx(pi*0.105616419905) q[1];
rx(pi*-0.002651722228) q[2];
rx(pi*0.002747191019) q[3];
rx(pi*0.081971718469) q[4];
rx(pi*2.09373e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.078926013795) q[0];
rx(pi*0.04070101663) q[1];
rx(pi*0.099214616406) q[2];
rx(pi*-0.023462264238) q[3];
rx(pi*0.078214464608) q[4];
rx(pi*-0.000330220896) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.024163229003) q[0];
rx(pi*0.127866263905) q[1];
rx(pi*-0.021141759643) q[2];
rx(pi*0.00935751806) q[3];
rx(pi*0.084589805868) q[4];
rx(pi*-0.003147732996) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.117809294157) q[0];
rx(pi*0.112158868384) q[1];
rx(pi*0.047582977685) q[2];
rx(pi*-0.02666240945) q[3];
rx(pi*0.075185133416) q[4];
rx(pi*-0.001102003961) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
