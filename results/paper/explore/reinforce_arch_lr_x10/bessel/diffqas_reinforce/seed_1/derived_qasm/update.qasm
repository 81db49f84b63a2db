// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.026303643375) q[0];
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
rx(pi*-0.083343201481) q[0];
rx(pi*-0.102115995388) q[1];
rx(pi*0.042955088149) q[2];
rx(pi*0.001482298533) q[3];
rx(pi*-0.001161955028) q[4];
rx(pi*0.006154472982) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.329960860815) q[0];
rx(pi*-0.09993366457) q[1];
rx(pi*0.036474898742) q[2];
rx(pi*0.009206843019) q[3];
rx(pi*0.002264437162) q[4];
rx(pi*0.003324768001) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.172576663239) q[0];
rx(pi*-0.107148753873) q[1];
rx(pi*0.04320429519) q[2];
rx(pi*0.00076249887) q[3];
rx(pi*0.00455835234) q[4];
rx(pi*0.001904849046) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.172124865198) q[0];
rx(pi*-0.090656484239) q[1];
rx(pi*0.034584285779) q[2];
rx(pi*0.000599190759) q[3];
rx(pi*0.00074821202) q[4];
rx(pi*0.001117911795) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.087608104408) q[0];
rx(pi*-0.100145201221) q[1];
rx(pi*0.040177624926) q[2];
rx(pi*0.001581428027) q[3];
rx(pi*0.002400839063) q[4];
rx(pi*-0.000830023694) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
