// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.160823178851) q[0];
ry(pi*-0.315546941855) q[1];
ry(pi*-0.014357194002) q[2];
ry(pi*0.22390559177) q[3];
ry(pi*-0.121004997374) q[4];
ry(pi*-0.005762191265) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008393365118) q[0];
ry(pi*-0.052134672666) q[1];
ry(pi*0.504973340267) q[2];
ry(pi*0.005302393247) q[3];
ry(pi*-0.005220753513) q[4];
ry(pi*-0.003982678858) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000101288089) q[0];
ry(pi*0.02198989364) q[1];
ry(pi*-0.03764351565) q[2];
ry(pi*0.022350119714) q[3];
ry(pi*0.005950337482) q[4];
ry(pi*-0.08339733073) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.070332502197) q[0];
ry(pi*-0.289800486861) q[1];
ry(pi*-0.053740559234) q[2];
ry(pi*0.50665030349) q[3];
ry(pi*-0.437671084697) q[4];
ry(pi*0.491895880627) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005161017817) q[0];
ry(pi*-0.139155504129) q[1];
ry(pi*0.186591737097) q[2];
ry(pi*-0.275886461857) q[3];
ry(pi*-0.072632051393) q[4];
ry(pi*0.000716051805) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
