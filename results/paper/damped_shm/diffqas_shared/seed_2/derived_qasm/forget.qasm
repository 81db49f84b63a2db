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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.001641378056) q[0];
ry(pi*-0.039733238114) q[1];
ry(pi*-0.505318454547) q[2];
ry(pi*-0.455088180917) q[3];
ry(pi*-0.498432371663) q[4];
ry(pi*0.405277622412) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.4484761404) q[0];
ry(pi*-0.002288635715) q[1];
ry(pi*0.003401192897) q[2];
ry(pi*0.002730314463) q[3];
ry(pi*-0.015233478813) q[4];
ry(pi*0.506631596361) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000843412525) q[0];
ry(pi*0.505942657947) q[1];
ry(pi*0.005391072462) q[2];
ry(pi*0.496081344659) q[3];
ry(pi*0.006384156473) q[4];
ry(pi*-0.006539657706) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002385287784) q[0];
ry(pi*-0.007478783222) q[1];
ry(pi*-0.007642545901) q[2];
ry(pi*-0.063205640915) q[3];
ry(pi*-0.002084903831) q[4];
ry(pi*0.048181548902) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.106918168584) q[0];
ry(pi*0.388798197328) q[1];
ry(pi*0.002421933201) q[2];
ry(pi*-0.003024025049) q[3];
ry(pi*-0.001602196516) q[4];
ry(pi*-0.00479001374) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
